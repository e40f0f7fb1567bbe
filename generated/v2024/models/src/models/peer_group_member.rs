#[derive(Debug, Clone, PartialEq, Default)]
pub struct PeerGroupMember {
    /// A unique identifier for the peer group member.
    pub id: Option<String>,
    /// The type of the peer group member.
    pub r#type: Option<String>,
    /// The ID of the peer group.
    pub peer_group_id: Option<String>,
    /// Arbitrary key-value pairs, belonging to the peer group member.
    pub attributes: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PeerGroupMember {
    /// Builds a `PeerGroupMember` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PeerGroupMember {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    peer_group_id: optional::<String>(peer_group_id),
    attributes: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(attributes),
});
crate::serde_helpers::serde_struct!(PeerGroupMember {
    id: optional("id"),
    r#type: optional("type"),
    peer_group_id: optional("peer_group_id"),
    attributes: optional("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PeerGroupMember {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
