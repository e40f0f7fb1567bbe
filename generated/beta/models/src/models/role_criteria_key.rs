/// Refers to a specific Identity attribute, Account attibute, or Entitlement used in Role membership criteria
#[derive(Debug, Clone, PartialEq)]
pub struct RoleCriteriaKey {
    pub r#type: crate::RoleCriteriaKeyType,
    /// The name of the attribute or entitlement to which the associated criteria applies.
    pub property: String,
    /// ID of the Source from which an account attribute or entitlement is drawn. Required if type is ACCOUNT or ENTITLEMENT
    pub source_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleCriteriaKey {
    /// Builds a `RoleCriteriaKey` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::RoleCriteriaKeyType>,
        property: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            property: property.into(),
            source_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RoleCriteriaKey {
    source_id: nullable::<String>(source_id, source_id_null),
});
crate::serde_helpers::serde_struct!(RoleCriteriaKey {
    r#type: required("type"),
    property: required("property"),
    source_id: nullable("sourceId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleCriteriaKey {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
