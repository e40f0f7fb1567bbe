#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CustomPasswordInstruction {
    /// The page ID that represents the page for forget user name, reset password and unlock account flow.
    #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
    pub page_id: Option<crate::CustomPasswordInstructionPageId>,
    /// The custom instructions for the specified page. Allow basic HTML format and maximum length is 1000 characters. The custom instructions will be sanitized to avoid attacks.
    /// If the customization text includes a link, like `<A HREF=\"URL\">...</A>` clicking on this will open the link on the current browser page.
    /// If you want your link to be redirected to a different page, please redirect it to "_blank" like this: `<a href=\"URL" target=\"_blank\" >link</a>`. This will open a new tab when the link is clicked. Notice we're only supporting _blank as the redirection target.
    #[serde(rename = "pageContent", default, skip_serializing_if = "Option::is_none")]
    pub page_content: Option<String>,
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CustomPasswordInstruction {
    /// Builds a `CustomPasswordInstruction` with every field unset.
    pub fn new() -> Self {
        Self {
            page_id: None,
            page_content: None,
            locale: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CustomPasswordInstruction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.page_id, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
