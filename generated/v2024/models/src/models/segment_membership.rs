/// Contains the segments and types that an identity is associated with
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SegmentMembership {
    /// List of segment ids that the identity is associated with.
    pub segments: Option<Vec<String>>,
    /// They type of scopes that are assigned to the identity.
    pub all_access_scopes: Option<Vec<crate::ScopeType>>,
    /// Date time string that lets you know when the membership data is going to be refreshed.
    pub refresh_by: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SegmentMembership {
    /// Builds a `SegmentMembership` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SegmentMembership {
    segments: optional::<Vec<String>>(segments),
    all_access_scopes: optional::<Vec<crate::ScopeType>>(all_access_scopes),
    refresh_by: optional::<crate::primitives::DateTime>(refresh_by),
});
crate::serde_helpers::serde_struct!(SegmentMembership {
    segments: optional("segments"),
    all_access_scopes: optional("allAccessScopes"),
    refresh_by: optional("refreshBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SegmentMembership {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.all_access_scopes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
