#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemEntitlementResponse {
    /// the access item id
    pub id: Option<String>,
    /// the access item type. entitlement in this case
    pub access_type: Option<String>,
    /// the display name of the identity
    pub display_name: Option<String>,
    /// the name of the source
    pub source_name: Option<String>,
    /// the entitlement attribute
    pub attribute: String,
    /// the associated value
    pub value: String,
    /// the type of entitlement
    pub r#type: String,
    /// the description for the entitlment
    pub description: Option<Option<String>>,
    /// the id of the source
    pub source_id: Option<String>,
    /// indicates whether the entitlement is standalone
    pub standalone: Option<bool>,
    /// indicates whether the entitlement is privileged
    pub privileged: Option<bool>,
    /// indicates whether the entitlement is cloud governed
    pub cloud_governed: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemEntitlementResponse {
    /// Builds a `AccessItemEntitlementResponse` from its required fields; the others are unset.
    pub fn new(
        attribute: impl Into<String>,
        value: impl Into<String>,
        r#type: impl Into<String>,
        standalone: impl Into<Option<bool>>,
        privileged: impl Into<Option<bool>>,
        cloud_governed: impl Into<Option<bool>>,
    ) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            attribute: attribute.into(),
            value: value.into(),
            r#type: r#type.into(),
            description: None,
            source_id: None,
            standalone: standalone.into(),
            privileged: privileged.into(),
            cloud_governed: cloud_governed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemEntitlementResponse {
    id: optional::<String>(id),
    access_type: optional::<String>(access_type),
    display_name: optional::<String>(display_name),
    source_name: optional::<String>(source_name),
    description: nullable::<String>(description, description_null),
    source_id: optional::<String>(source_id),
});
crate::serde_helpers::serde_struct!(AccessItemEntitlementResponse {
    id: optional("id"),
    access_type: optional("accessType"),
    display_name: optional("displayName"),
    source_name: optional("sourceName"),
    attribute: required("attribute"),
    value: required("value"),
    r#type: required("type"),
    description: nullable("description"),
    source_id: optional("sourceId"),
    standalone: required("standalone"),
    privileged: required("privileged"),
    cloud_governed: required("cloudGoverned"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemEntitlementResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
