#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAssociationDetails {
    /// any additional context information of the http call result
    pub message: Option<String>,
    /// list of all the resource associations for the identity
    pub association_details: Option<
        Vec<crate::IdentityAssociationDetailsAssociationDetailsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAssociationDetails {
    /// Builds a `IdentityAssociationDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAssociationDetails {
    message: optional::<String>(message),
    association_details: optional::<Vec<crate::IdentityAssociationDetailsAssociationDetailsItem>>(association_details),
});
crate::serde_helpers::serde_struct!(IdentityAssociationDetails {
    message: optional("message"),
    association_details: optional("associationDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAssociationDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.association_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAssociationDetailsAssociationDetailsItem {
    /// association type with the identity
    pub association_type: Option<String>,
    /// the specific resource this identity has ownership on
    pub entities: Option<Vec<crate::IdentityEntities>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAssociationDetailsAssociationDetailsItem {
    /// Builds a `IdentityAssociationDetailsAssociationDetailsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAssociationDetailsAssociationDetailsItem {
    association_type: optional::<String>(association_type),
    entities: optional::<Vec<crate::IdentityEntities>>(entities),
});
crate::serde_helpers::serde_struct!(IdentityAssociationDetailsAssociationDetailsItem {
    association_type: optional("associationType"),
    entities: optional("entities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for IdentityAssociationDetailsAssociationDetailsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
