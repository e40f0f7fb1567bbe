#[derive(Debug, Clone, PartialEq)]
pub struct BrandingItemCreate {
    /// name of branding item
    pub name: String,
    /// product name
    pub product_name: Option<String>,
    /// hex value of color for action button
    pub action_button_color: Option<String>,
    /// hex value of color for link
    pub active_link_color: Option<String>,
    /// hex value of color for navigation bar
    pub navigation_color: Option<String>,
    /// email from address
    pub email_from_address: Option<String>,
    /// login information message
    pub login_informational_message: Option<String>,
    /// png file with logo
    ///
    /// Format: `binary`.
    pub file_standard: Option<Vec<u8>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BrandingItemCreate {
    /// Builds a `BrandingItemCreate` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        product_name: impl Into<Option<String>>,
    ) -> Self {
        Self {
            name: name.into(),
            product_name: product_name.into(),
            action_button_color: None,
            active_link_color: None,
            navigation_color: None,
            email_from_address: None,
            login_informational_message: None,
            file_standard: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(BrandingItemCreate {
    action_button_color: optional::<String>(action_button_color),
    active_link_color: optional::<String>(active_link_color),
    navigation_color: optional::<String>(navigation_color),
    email_from_address: optional::<String>(email_from_address),
    login_informational_message: optional::<String>(login_informational_message),
    file_standard: optional::<Vec<u8>>(file_standard),
});
crate::serde_helpers::serde_struct!(BrandingItemCreate {
    name: required("name"),
    product_name: required("productName"),
    action_button_color: optional("actionButtonColor"),
    active_link_color: optional("activeLinkColor"),
    navigation_color: optional("navigationColor"),
    email_from_address: optional("emailFromAddress"),
    login_informational_message: optional("loginInformationalMessage"),
    file_standard: optional("fileStandard"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BrandingItemCreate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
