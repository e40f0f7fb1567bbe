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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BrandingItem {
    /// Builds a `BrandingItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BrandingItem {
    name: optional::<String>(name),
    product_name: nullable::<String>(product_name, product_name_null),
    action_button_color: nullable::<String>(action_button_color, action_button_color_null),
    active_link_color: nullable::<String>(active_link_color, active_link_color_null),
    navigation_color: nullable::<String>(navigation_color, navigation_color_null),
    email_from_address: nullable::<String>(email_from_address, email_from_address_null),
    standard_logo_url: nullable::<String>(standard_logo_url, standard_logo_url_null),
    login_informational_message: nullable::<String>(login_informational_message, login_informational_message_null),
});
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
