package org.tacit.infrastructure.reports;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tacit.domain.report.BoardReport;
import org.tacit.look.Palette;
import org.tacit.look.Shares;

/**
 * The report's charts (the trend, the hours by class, the sensitivity of the headline), made with
 * JFreeChart and drawn into the PDF as vector graphics (a template the size of the chart), so they
 * stay sharp at any zoom and print as lines, not pixels. Chart text is drawn in the embedded DejaVu
 * Sans; names that may be in any script (scenarios) go into legends the report sets as text beside
 * the chart.
 */
final class Charts {

  /**
   * The chosen scenario's naive and technical figures, dashed, in the colours the Reports page
   * gives them.
   */
  static final Color NAIVE = Color.decode(Palette.Figure.NAIVE.colour());

  static final Color TECHNICAL = Color.decode(Palette.Figure.TECHNICAL.colour());

  /**
   * The class colours of the Reports page's badges and charts (automatable … unscored), so print
   * and screen agree.
   */
  static final List<Color> CLASSES =
      Palette.TASK_CLASSES.values().stream().map(Color::decode).toList();

  /** The sensitivity chart's two series, in the colours the Reports page gives them. */
  static final Color CAUTIOUS = Color.decode(Palette.CAUTIOUS);

  static final Color FAST = Color.decode(Palette.FAST);

  private static final int LABEL_LENGTH = 24;
  private static final Font[] AWT = {Typefaces.awtFont(false), Typefaces.awtFont(true)};

  private final PdfWriter writer;
  private final Typefaces fonts;
  private final Formats formats;

  Charts(PdfWriter writer, Typefaces fonts, Formats formats) {
    this.writer = writer;
    this.fonts = fonts;
    this.formats = formats;
  }

  /** The scenario at {@code index} in the list of scenarios, in its colour on the Reports page. */
  static Color scenarioColor(int index) {
    return Color.decode(Palette.scenario(index));
  }

  /**
   * Lines by year: each scenario's realistic substitution, then the chosen one's technical and
   * naive.
   */
  Image trend(BoardReport report, int chosen, float width, float height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<BoardReport.Series> lines = new ArrayList<>(report.realisticByScenario());
    lines.add(report.technical());
    lines.add(report.naive());
    for (int s = 0; s < lines.size(); s++) {
      for (int y = 0; y < report.years().size(); y++) {
        data.addValue(
            lines.get(s).shares().get(y), "s" + s, Integer.toString(report.years().get(y)));
      }
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, false);
    int scenarios = report.realisticByScenario().size();
    for (int s = 0; s < lines.size(); s++) {
      boolean grey = s >= scenarios;
      renderer.setSeriesPaint(s, grey ? (s == scenarios ? TECHNICAL : NAIVE) : scenarioColor(s));
      float thickness = s == chosen ? 2.6f : 1.4f;
      renderer.setSeriesStroke(
          s,
          grey
              ? new BasicStroke(
                  1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0)
              : new BasicStroke(thickness));
    }
    CategoryAxis years = new CategoryAxis();
    years.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    years.setTickLabelFont(AWT[0].deriveFont(7.5f));
    CategoryPlot plot = new CategoryPlot(data, years, shareAxis(), renderer);
    return draw(chart(plot, false), width, height);
  }

  /** Hours a year by task class, a bar per department (by code), stacked. */
  Image classes(
      List<BoardReport.ClassHours> departments,
      List<String> classLabels,
      float width,
      float height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (BoardReport.ClassHours department : departments) {
      String label = label(department, data);
      for (int c = 0; c < classLabels.size(); c++) {
        data.addValue(department.hours().get(c), classLabels.get(c), label);
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    for (int c = 0; c < classLabels.size(); c++) {
      renderer.setSeriesPaint(c, CLASSES.get(c % CLASSES.size()));
    }
    CategoryAxis codes = new CategoryAxis();
    codes.setTickLabelFont(AWT[0].deriveFont(7.5f));
    NumberAxis hours = new NumberAxis(formats.text("chart.hoursAxis"));
    hours.setNumberFormatOverride(NumberFormat.getIntegerInstance(formats.locale()));
    style(hours);
    CategoryPlot plot = new CategoryPlot(data, codes, hours, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    return draw(chart(plot, true), width, height);
  }

  /**
   * The sensitivity of the headline: per assumption (largest effect first, from the top) a bar from
   * the headline to its share with the assumption at its cautious value and one to its share at its
   * fast value, each labelled with that share; a line marks the headline itself.
   *
   * @param labels each assumption with its two values, in the order of {@code sensitivity.swings()}
   */
  Image sensitivity(
      BoardReport.Sensitivity sensitivity, List<String> labels, float width, float height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int s = 0; s < labels.size(); s++) {
      BoardReport.SwingLine swing = sensitivity.swings().get(s);
      data.addValue(swing.cautious(), formats.text("chart.cautious"), labels.get(s));
      data.addValue(swing.fast(), formats.text("chart.fast"), labels.get(s));
    }
    double headline = sensitivity.share() == null ? 0 : sensitivity.share();
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            Number value = data.getValue(row, column);
            return value != null && value.doubleValue() < headline
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
          }
        };
    renderer.setBase(headline);
    renderer.setIncludeBaseInRange(true);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setSeriesPaint(0, CAUTIOUS);
    renderer.setSeriesPaint(1, FAST);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", Shares.preciseFormat(formats.locale())));
    renderer.setDefaultItemLabelFont(AWT[0].deriveFont(7f));
    renderer.setDefaultItemLabelsVisible(true);
    CategoryAxis assumptions = new CategoryAxis();
    assumptions.setTickLabelFont(AWT[0].deriveFont(7.5f));
    assumptions.setMaximumCategoryLabelWidthRatio(0.38f);
    assumptions.setMaximumCategoryLabelLines(3);
    NumberAxis share = shareAxis();
    share.setLabel(formats.text("chart.sensitivityAxis", Formats.year(sensitivity.year())));
    share.setLowerMargin(0.12);
    share.setUpperMargin(0.18);
    CategoryPlot plot = new CategoryPlot(data, assumptions, share, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    ValueMarker marker = new ValueMarker(headline, Typefaces.INK, new BasicStroke(1.2f));
    plot.addRangeMarker(marker);
    return draw(chart(plot, true), width, height);
  }

  /**
   * A department's name where the chart font can draw it and it fits, else its code (a name in
   * Chinese, say, which the chart's font lacks); never a label already taken.
   */
  private String label(BoardReport.ClassHours department, DefaultCategoryDataset data) {
    String name = department.name() == null ? "" : department.name();
    boolean drawable =
        !name.isBlank()
            && name.length() <= LABEL_LENGTH
            && name.codePoints()
                .allMatch(c -> fonts.regular().charExists(c) || Character.isWhitespace(c));
    String label = drawable ? name : department.code();
    return data.getColumnKeys().contains(label) ? label + " (" + department.code() + ")" : label;
  }

  private NumberAxis shareAxis() {
    NumberAxis axis = new NumberAxis(formats.text("chart.shareAxis"));
    NumberFormat percent = NumberFormat.getPercentInstance(formats.locale());
    axis.setNumberFormatOverride(percent);
    axis.setAutoRangeIncludesZero(true);
    axis.setUpperMargin(0.1);
    style(axis);
    return axis;
  }

  private static void style(NumberAxis axis) {
    axis.setLabelFont(AWT[0].deriveFont(7.5f));
    axis.setTickLabelFont(AWT[0].deriveFont(7.5f));
  }

  private static JFreeChart chart(CategoryPlot plot, boolean legend) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    JFreeChart chart = new JFreeChart(null, AWT[0].deriveFont(9f), plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    if (legend) {
      LegendTitle title = chart.getLegend();
      title.setItemFont(AWT[0].deriveFont(7.5f));
      title.setFrame(BlockBorder.NONE);
      title.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
  }

  private Image draw(JFreeChart chart, float width, float height) {
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    Graphics2D g2 = template.createGraphics(width, height, new ChartFonts());
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The chart's AWT fonts are the bundled DejaVu; in the PDF they become the embedded same. */
  private final class ChartFonts implements FontMapper {

    @Override
    public BaseFont awtToPdf(Font font) {
      return font.isBold() || font.getFontName().contains("Bold") ? fonts.bold() : fonts.regular();
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
      return AWT[font == fonts.bold() ? 1 : 0].deriveFont((float) size);
    }
  }
}
