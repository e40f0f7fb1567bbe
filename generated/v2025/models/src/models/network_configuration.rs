#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkConfiguration {
    /// The collection of ip ranges.
    pub range: Option<Option<Vec<String>>>,
    /// The collection of country codes.
    pub geolocation: Option<Option<Vec<String>>>,
    /// Denotes whether the provided lists are whitelisted or blacklisted for geo location.
    pub whitelisted: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NetworkConfiguration {
    /// Builds a `NetworkConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NetworkConfiguration {
    range: nullable::<Vec<String>>(range, range_null),
    geolocation: nullable::<Vec<String>>(geolocation, geolocation_null),
    whitelisted: optional::<bool>(whitelisted),
});
crate::serde_helpers::serde_struct!(NetworkConfiguration {
    range: nullable("range"),
    geolocation: nullable("geolocation"),
    whitelisted: optional("whitelisted"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NetworkConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
