#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BrandingItemCreate {
    /// name of branding item
    pub name: String,
    /// product name
    #[serde(rename = "productName")]
    pub product_name: Option<String>,
    /// hex value of color for action button
    #[serde(
        rename = "actionButtonColor",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub action_button_color: Option<String>,
    /// hex value of color for link
    #[serde(
        rename = "activeLinkColor",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub active_link_color: Option<String>,
    /// hex value of color for navigation bar
    #[serde(
        rename = "navigationColor",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub navigation_color: Option<String>,
    /// email from address
    #[serde(
        rename = "emailFromAddress",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub email_from_address: Option<String>,
    /// login information message
    #[serde(
        rename = "loginInformationalMessage",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub login_informational_message: Option<String>,
    /// png file with logo
    ///
    /// Format: `binary`.
    #[serde(rename = "fileStandard", default, skip_serializing_if = "Option::is_none")]
    pub file_standard: Option<Vec<u8>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BrandingItemCreate {
    /// Builds a `BrandingItemCreate` from its required fields; the others are unset.
    pub fn new(name: String, product_name: Option<String>) -> Self {
        Self {
            name,
            product_name,
            action_button_color: None,
            active_link_color: None,
            navigation_color: None,
            email_from_address: None,
            login_informational_message: None,
            file_standard: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for BrandingItemCreate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
