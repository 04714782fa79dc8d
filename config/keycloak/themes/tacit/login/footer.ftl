<#-- The portal's footer line, under the sign-in form: the same words as on every portal page -->
<#macro content>
  <p id="tacit-footer" class="tacit-footer">${msg("tacitFooter")}</p>
</#macro>
