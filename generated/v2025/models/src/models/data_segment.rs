#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataSegment {
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
    /// List of Scopes that are assigned to the segment
    pub scopes: Option<Vec<crate::Scope>>,
    /// List of Identities that are assigned to the segment
    pub member_selection: Option<Vec<crate::Ref>>,
    pub member_filter: Option<crate::VisibilityCriteria>,
    pub membership: Option<crate::MembershipType>,
    /// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
    pub enabled: Option<bool>,
    /// This boolean indicates whether the segment is being applied to the accounts. If unpublished its being actively modified to until published
    pub published: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DataSegment {
    /// Builds a `DataSegment` with every field unset.
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
    /// Sets `scopes`.
    pub fn scopes(mut self, value: impl Into<Vec<crate::Scope>>) -> Self {
        self.scopes = Some(value.into());
        self
    }
    /// Sets `member_selection`.
    pub fn member_selection(mut self, value: impl Into<Vec<crate::Ref>>) -> Self {
        self.member_selection = Some(value.into());
        self
    }
    /// Sets `member_filter`.
    pub fn member_filter(mut self, value: impl Into<crate::VisibilityCriteria>) -> Self {
        self.member_filter = Some(value.into());
        self
    }
    /// Sets `membership`.
    pub fn membership(mut self, value: impl Into<crate::MembershipType>) -> Self {
        self.membership = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `published`.
    pub fn published(mut self, value: impl Into<bool>) -> Self {
        self.published = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(DataSegment {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: optional("description"),
    scopes: optional("scopes"),
    member_selection: optional("memberSelection"),
    member_filter: optional("memberFilter"),
    membership: optional("membership"),
    enabled: optional("enabled"),
    published: optional("published"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DataSegment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.scopes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.member_selection, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.member_filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.membership, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
