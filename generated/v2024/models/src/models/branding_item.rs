#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrandingItem {
    /// name of branding item
    pub name: Option<String>,
    /// product name
    pub product_name: Option<Option<String>>,
    /// hex value of color for action button
    pub action_button_color: Option<Option<String>>,
    /// hex value of color for link
    pub active_link_color: Option<Option<String>>,
    /// hex value of color for navigation bar
    pub navigation_color: Option<Option<String>>,
    /// email from address
    pub email_from_address: Option<Option<String>>,
    /// url to standard logo
    pub standard_logo_url: Option<Option<String>>,
    /// login information message
    pub login_informational_message: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BrandingItem {
    /// Builds a `BrandingItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `product_name`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(Some(value.into()));
        self
    }
    /// Sets `product_name` to an explicit `null`.
    pub fn product_name_null(mut self) -> Self {
        self.product_name = Some(None);
        self
    }
    /// Sets `action_button_color`.
    pub fn action_button_color(mut self, value: impl Into<String>) -> Self {
        self.action_button_color = Some(Some(value.into()));
        self
    }
    /// Sets `action_button_color` to an explicit `null`.
    pub fn action_button_color_null(mut self) -> Self {
        self.action_button_color = Some(None);
        self
    }
    /// Sets `active_link_color`.
    pub fn active_link_color(mut self, value: impl Into<String>) -> Self {
        self.active_link_color = Some(Some(value.into()));
        self
    }
    /// Sets `active_link_color` to an explicit `null`.
    pub fn active_link_color_null(mut self) -> Self {
        self.active_link_color = Some(None);
        self
    }
    /// Sets `navigation_color`.
    pub fn navigation_color(mut self, value: impl Into<String>) -> Self {
        self.navigation_color = Some(Some(value.into()));
        self
    }
    /// Sets `navigation_color` to an explicit `null`.
    pub fn navigation_color_null(mut self) -> Self {
        self.navigation_color = Some(None);
        self
    }
    /// Sets `email_from_address`.
    pub fn email_from_address(mut self, value: impl Into<String>) -> Self {
        self.email_from_address = Some(Some(value.into()));
        self
    }
    /// Sets `email_from_address` to an explicit `null`.
    pub fn email_from_address_null(mut self) -> Self {
        self.email_from_address = Some(None);
        self
    }
    /// Sets `standard_logo_url`.
    pub fn standard_logo_url(mut self, value: impl Into<String>) -> Self {
        self.standard_logo_url = Some(Some(value.into()));
        self
    }
    /// Sets `standard_logo_url` to an explicit `null`.
    pub fn standard_logo_url_null(mut self) -> Self {
        self.standard_logo_url = Some(None);
        self
    }
    /// Sets `login_informational_message`.
    pub fn login_informational_message(mut self, value: impl Into<String>) -> Self {
        self.login_informational_message = Some(Some(value.into()));
        self
    }
    /// Sets `login_informational_message` to an explicit `null`.
    pub fn login_informational_message_null(mut self) -> Self {
        self.login_informational_message = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(BrandingItem {
    name: optional("name"),
    product_name: nullable("productName"),
    action_button_color: nullable("actionButtonColor"),
    active_link_color: nullable("activeLinkColor"),
    navigation_color: nullable("navigationColor"),
    email_from_address: nullable("emailFromAddress"),
    standard_logo_url: nullable("standardLogoURL"),
    login_informational_message: nullable("loginInformationalMessage"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BrandingItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
