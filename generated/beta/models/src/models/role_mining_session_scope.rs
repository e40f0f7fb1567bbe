#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionScope {
    /// The list of identities for this role mining session.
    pub identity_ids: Option<Vec<String>>,
    /// The "search" criteria that produces the list of identities for this role mining session.
    pub criteria: Option<Option<String>>,
    /// The filter criteria for this role mining session.
    pub attribute_filter_criteria: Option<Option<Vec<::serde_json::Value>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningSessionScope {
    /// Builds a `RoleMiningSessionScope` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `identity_ids`.
    pub fn identity_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.identity_ids = Some(value.into());
        self
    }
    /// Sets `criteria`.
    pub fn criteria(mut self, value: impl Into<String>) -> Self {
        self.criteria = Some(Some(value.into()));
        self
    }
    /// Sets `criteria` to an explicit `null`.
    pub fn criteria_null(mut self) -> Self {
        self.criteria = Some(None);
        self
    }
    /// Sets `attribute_filter_criteria`.
    pub fn attribute_filter_criteria(
        mut self,
        value: impl Into<Vec<::serde_json::Value>>,
    ) -> Self {
        self.attribute_filter_criteria = Some(Some(value.into()));
        self
    }
    /// Sets `attribute_filter_criteria` to an explicit `null`.
    pub fn attribute_filter_criteria_null(mut self) -> Self {
        self.attribute_filter_criteria = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(RoleMiningSessionScope {
    identity_ids: optional("identityIds"),
    criteria: nullable("criteria"),
    attribute_filter_criteria: nullable("attributeFilterCriteria"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionScope {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_filter_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
