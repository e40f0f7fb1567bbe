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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Segment {
    /// Builds a `Segment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::OwnerReferenceSegments>) -> Self {
        self.owner = Some(Some(value.into()));
        self
    }
    /// Sets `owner` to an explicit `null`.
    pub fn owner_null(mut self) -> Self {
        self.owner = Some(None);
        self
    }
    /// Sets `visibility_criteria`.
    pub fn visibility_criteria(
        mut self,
        value: impl Into<crate::VisibilityCriteria>,
    ) -> Self {
        self.visibility_criteria = Some(Some(value.into()));
        self
    }
    /// Sets `visibility_criteria` to an explicit `null`.
    pub fn visibility_criteria_null(mut self) -> Self {
        self.visibility_criteria = Some(None);
        self
    }
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
}
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
