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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DataSegment {
    /// Builds a `DataSegment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DataSegment {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    scopes: optional::<Vec<crate::Scope>>(scopes),
    member_selection: optional::<Vec<crate::Ref>>(member_selection),
    member_filter: optional::<crate::VisibilityCriteria>(member_filter),
    membership: optional::<crate::MembershipType>(membership),
    enabled: optional::<bool>(enabled),
    published: optional::<bool>(published),
});
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
