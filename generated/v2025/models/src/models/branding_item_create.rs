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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `action_button_color`.
    pub fn action_button_color(mut self, value: impl Into<String>) -> Self {
        self.action_button_color = Some(value.into());
        self
    }
    /// Sets `active_link_color`.
    pub fn active_link_color(mut self, value: impl Into<String>) -> Self {
        self.active_link_color = Some(value.into());
        self
    }
    /// Sets `navigation_color`.
    pub fn navigation_color(mut self, value: impl Into<String>) -> Self {
        self.navigation_color = Some(value.into());
        self
    }
    /// Sets `email_from_address`.
    pub fn email_from_address(mut self, value: impl Into<String>) -> Self {
        self.email_from_address = Some(value.into());
        self
    }
    /// Sets `login_informational_message`.
    pub fn login_informational_message(mut self, value: impl Into<String>) -> Self {
        self.login_informational_message = Some(value.into());
        self
    }
    /// Sets `file_standard`.
    pub fn file_standard(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.file_standard = Some(value.into());
        self
    }
}
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
