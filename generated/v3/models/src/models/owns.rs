#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owns {
    pub sources: Option<Vec<crate::ReferenceV3>>,
    pub entitlements: Option<Vec<crate::ReferenceV3>>,
    pub access_profiles: Option<Vec<crate::ReferenceV3>>,
    pub roles: Option<Vec<crate::ReferenceV3>>,
    pub apps: Option<Vec<crate::ReferenceV3>>,
    pub governance_groups: Option<Vec<crate::ReferenceV3>>,
    pub fallback_approver: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Owns {
    /// Builds a `Owns` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `sources`.
    pub fn sources(mut self, value: impl Into<Vec<crate::ReferenceV3>>) -> Self {
        self.sources = Some(value.into());
        self
    }
    /// Sets `entitlements`.
    pub fn entitlements(mut self, value: impl Into<Vec<crate::ReferenceV3>>) -> Self {
        self.entitlements = Some(value.into());
        self
    }
    /// Sets `access_profiles`.
    pub fn access_profiles(mut self, value: impl Into<Vec<crate::ReferenceV3>>) -> Self {
        self.access_profiles = Some(value.into());
        self
    }
    /// Sets `roles`.
    pub fn roles(mut self, value: impl Into<Vec<crate::ReferenceV3>>) -> Self {
        self.roles = Some(value.into());
        self
    }
    /// Sets `apps`.
    pub fn apps(mut self, value: impl Into<Vec<crate::ReferenceV3>>) -> Self {
        self.apps = Some(value.into());
        self
    }
    /// Sets `governance_groups`.
    pub fn governance_groups(
        mut self,
        value: impl Into<Vec<crate::ReferenceV3>>,
    ) -> Self {
        self.governance_groups = Some(value.into());
        self
    }
    /// Sets `fallback_approver`.
    pub fn fallback_approver(mut self, value: impl Into<bool>) -> Self {
        self.fallback_approver = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(Owns {
    sources: optional("sources"),
    entitlements: optional("entitlements"),
    access_profiles: optional("accessProfiles"),
    roles: optional("roles"),
    apps: optional("apps"),
    governance_groups: optional("governanceGroups"),
    fallback_approver: optional("fallbackApprover"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Owns {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sources, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.roles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.apps, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_groups, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
