#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owns {
    pub sources: Option<Vec<crate::ReferenceV2024>>,
    pub entitlements: Option<Vec<crate::ReferenceV2024>>,
    pub access_profiles: Option<Vec<crate::ReferenceV2024>>,
    pub roles: Option<Vec<crate::ReferenceV2024>>,
    pub apps: Option<Vec<crate::ReferenceV2024>>,
    pub governance_groups: Option<Vec<crate::ReferenceV2024>>,
    pub fallback_approver: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Owns {
    /// Builds a `Owns` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Owns {
    sources: optional::<Vec<crate::ReferenceV2024>>(sources),
    entitlements: optional::<Vec<crate::ReferenceV2024>>(entitlements),
    access_profiles: optional::<Vec<crate::ReferenceV2024>>(access_profiles),
    roles: optional::<Vec<crate::ReferenceV2024>>(roles),
    apps: optional::<Vec<crate::ReferenceV2024>>(apps),
    governance_groups: optional::<Vec<crate::ReferenceV2024>>(governance_groups),
    fallback_approver: optional::<bool>(fallback_approver),
});
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
