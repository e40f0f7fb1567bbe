/// This defines what access the segment is giving
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scope {
    pub scope: Option<crate::ScopeType>,
    pub visibility: Option<crate::ScopeVisibilityType>,
    pub scope_filter: Option<crate::VisibilityCriteria>,
    /// List of Identities that are assigned to the segment
    pub scope_selection: Option<Vec<crate::Ref>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Scope {
    /// Builds a `Scope` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Scope {
    scope: optional::<crate::ScopeType>(scope),
    visibility: optional::<crate::ScopeVisibilityType>(visibility),
    scope_filter: optional::<crate::VisibilityCriteria>(scope_filter),
    scope_selection: optional::<Vec<crate::Ref>>(scope_selection),
});
crate::serde_helpers::serde_struct!(Scope {
    scope: optional("scope"),
    visibility: optional("visibility"),
    scope_filter: optional("scopeFilter"),
    scope_selection: optional("scopeSelection"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Scope {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.visibility, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.scope_filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.scope_selection, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
