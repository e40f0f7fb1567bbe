/// The Account Source of the connected Application
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DependantAppConnectionsAccountSource {
    /// Use this Account Source for password management
    #[serde(
        rename = "useForPasswordManagement",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub use_for_password_management: Option<bool>,
    /// A list of Password Policies for this Account Source
    #[serde(
        rename = "passwordPolicies",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub password_policies: Option<
        Vec<crate::DependantAppConnectionsAccountSourcePasswordPoliciesItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DependantAppConnectionsAccountSource {
    /// Builds a `DependantAppConnectionsAccountSource` with every field unset.
    pub fn new() -> Self {
        Self {
            use_for_password_management: None,
            password_policies: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for DependantAppConnectionsAccountSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.password_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
