#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Segment {
    /// The segment's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The segment's business name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when the segment is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The time when the segment is modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The segment's optional description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::OwnerReferenceSegments>>,
    #[serde(
        rename = "visibilityCriteria",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub visibility_criteria: Option<Option<crate::VisibilityCriteria>>,
    /// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for Segment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.visibility_criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
