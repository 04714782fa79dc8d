package org.tacit.web.reports;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.tacit.look.Shares;

/**
 * A share in a page as the board PDF writes it ({@link Shares}): {@code <f:converter
 * converterId="tacit.share"/>} in place of {@code f:convertNumber type="percent"}, whose rounding
 * differed (1 % on the page where the PDF said 0.5 %). Output only: a share is never typed in.
 */
@FacesConverter("tacit.share")
public class ShareConverter implements Converter<Number> {

  @Override
  public Number getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException(
        "A share is shown, never entered, through this converter.");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Number value) {
    return value == null ? "" : Shares.of(value.doubleValue(), context.getViewRoot().getLocale());
  }
}
