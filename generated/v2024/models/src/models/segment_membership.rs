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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SegmentMembership {
    /// Builds a `SegmentMembership` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<String>>) -> Self {
        self.segments = Some(value.into());
        self
    }
    /// Sets `all_access_scopes`.
    pub fn all_access_scopes(mut self, value: impl Into<Vec<crate::ScopeType>>) -> Self {
        self.all_access_scopes = Some(value.into());
        self
    }
    /// Sets `refresh_by`.
    pub fn refresh_by(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.refresh_by = Some(value.into());
        self
    }
}
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
