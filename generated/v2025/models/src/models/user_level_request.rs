/// Payload containing details for creating a custom user level.
#[derive(Debug, Clone, PartialEq)]
pub struct UserLevelRequest {
    /// The name of the user level.
    pub name: String,
    /// A brief description of the user level.
    pub description: String,
    /// The owner of the UserLevel.
    pub owner: crate::PublicIdentity,
    /// A list of rights associated with the user level.
    pub right_sets: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserLevelRequest {
    /// Builds a `UserLevelRequest` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: impl Into<crate::PublicIdentity>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            owner: owner.into(),
            right_sets: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(UserLevelRequest {
    right_sets: optional::<Vec<String>>(right_sets),
});
crate::serde_helpers::serde_struct!(UserLevelRequest {
    name: required("name"),
    description: required("description"),
    owner: required("owner"),
    right_sets: optional("rightSets"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserLevelRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
