#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityOwnershipAssociationDetails {
    /// list of all the resource associations for the identity
    pub association_details: Option<
        Vec<crate::IdentityOwnershipAssociationDetailsAssociationDetailsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityOwnershipAssociationDetails {
    /// Builds a `IdentityOwnershipAssociationDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityOwnershipAssociationDetails {
    association_details: optional::<Vec<crate::IdentityOwnershipAssociationDetailsAssociationDetailsItem>>(association_details),
});
crate::serde_helpers::serde_struct!(IdentityOwnershipAssociationDetails {
    association_details: optional("associationDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityOwnershipAssociationDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.association_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityOwnershipAssociationDetailsAssociationDetailsItem {
    /// association type with the identity
    pub association_type: Option<String>,
    /// the specific resource this identity has ownership on
    pub entities: Option<Vec<crate::IdentityEntities>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityOwnershipAssociationDetailsAssociationDetailsItem {
    /// Builds a `IdentityOwnershipAssociationDetailsAssociationDetailsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityOwnershipAssociationDetailsAssociationDetailsItem {
    association_type: optional::<String>(association_type),
    entities: optional::<Vec<crate::IdentityEntities>>(entities),
});
crate::serde_helpers::serde_struct!(IdentityOwnershipAssociationDetailsAssociationDetailsItem {
    association_type: optional("associationType"),
    entities: optional("entities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for IdentityOwnershipAssociationDetailsAssociationDetailsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
