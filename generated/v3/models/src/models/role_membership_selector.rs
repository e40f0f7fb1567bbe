/// When present, specifies that the Role is to be granted to Identities which either satisfy specific criteria or which are members of a given list of Identities.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMembershipSelector {
    pub r#type: Option<crate::RoleMembershipSelectorType>,
    pub criteria: Option<Option<crate::RoleCriteriaLevel1>>,
    /// Defines role membership as being exclusive to the specified Identities, when type is IDENTITY_LIST.
    pub identities: Option<Option<Vec<crate::RoleMembershipIdentity>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMembershipSelector {
    /// Builds a `RoleMembershipSelector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::RoleMembershipSelectorType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `criteria`.
    pub fn criteria(mut self, value: impl Into<crate::RoleCriteriaLevel1>) -> Self {
        self.criteria = Some(Some(value.into()));
        self
    }
    /// Sets `criteria` to an explicit `null`.
    pub fn criteria_null(mut self) -> Self {
        self.criteria = Some(None);
        self
    }
    /// Sets `identities`.
    pub fn identities(
        mut self,
        value: impl Into<Vec<crate::RoleMembershipIdentity>>,
    ) -> Self {
        self.identities = Some(Some(value.into()));
        self
    }
    /// Sets `identities` to an explicit `null`.
    pub fn identities_null(mut self) -> Self {
        self.identities = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(RoleMembershipSelector {
    r#type: optional("type"),
    criteria: nullable("criteria"),
    identities: nullable("identities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMembershipSelector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
