#[derive(Debug, Clone, PartialEq, Default)]
pub struct Segment {
    /// The segment's ID.
    pub id: Option<String>,
    /// The segment's business name.
    pub name: Option<String>,
    /// The time when the segment is created.
    pub created: Option<crate::primitives::DateTime>,
    /// The time when the segment is modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// The segment's optional description.
    pub description: Option<String>,
    pub owner: Option<Option<crate::OwnerReferenceSegments>>,
    pub visibility_criteria: Option<Option<crate::VisibilityCriteria>>,
    /// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
    pub active: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Segment {
    /// Builds a `Segment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Segment {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    owner: nullable::<crate::OwnerReferenceSegments>(owner, owner_null),
    visibility_criteria: nullable::<crate::VisibilityCriteria>(visibility_criteria, visibility_criteria_null),
    active: optional::<bool>(active),
});
crate::serde_helpers::serde_struct!(Segment {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: optional("description"),
    owner: nullable("owner"),
    visibility_criteria: nullable("visibilityCriteria"),
    active: optional("active"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Segment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.visibility_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
