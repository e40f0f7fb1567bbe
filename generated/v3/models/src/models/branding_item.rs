#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BrandingItem {
    /// name of branding item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// product name
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub product_name: Option<Option<String>>,
    /// hex value of color for action button
    #[serde(
        rename = "actionButtonColor",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub action_button_color: Option<Option<String>>,
    /// hex value of color for link
    #[serde(
        rename = "activeLinkColor",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub active_link_color: Option<Option<String>>,
    /// hex value of color for navigation bar
    #[serde(
        rename = "navigationColor",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub navigation_color: Option<Option<String>>,
    /// email from address
    #[serde(
        rename = "emailFromAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub email_from_address: Option<Option<String>>,
    /// url to standard logo
    #[serde(
        rename = "standardLogoURL",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub standard_logo_url: Option<Option<String>>,
    /// login information message
    #[serde(
        rename = "loginInformationalMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub login_informational_message: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BrandingItem {
    /// Builds a `BrandingItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for BrandingItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
