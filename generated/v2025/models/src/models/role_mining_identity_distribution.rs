#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningIdentityDistribution {
    /// Id of the potential role
    pub attribute_name: Option<String>,
    pub distribution: Option<Vec<crate::RoleMiningIdentityDistributionDistributionItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningIdentityDistribution {
    /// Builds a `RoleMiningIdentityDistribution` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningIdentityDistribution {
    attribute_name: optional::<String>(attribute_name),
    distribution: optional::<Vec<crate::RoleMiningIdentityDistributionDistributionItem>>(distribution),
});
crate::serde_helpers::serde_struct!(RoleMiningIdentityDistribution {
    attribute_name: optional("attributeName"),
    distribution: optional("distribution"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningIdentityDistribution {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.distribution, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningIdentityDistributionDistributionItem {
    /// The attribute value that identities are grouped by
    pub attribute_value: Option<Option<String>>,
    /// The number of identities that have this attribute value
    pub count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningIdentityDistributionDistributionItem {
    /// Builds a `RoleMiningIdentityDistributionDistributionItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningIdentityDistributionDistributionItem {
    attribute_value: nullable::<String>(attribute_value, attribute_value_null),
    count: optional::<i32>(count),
});
crate::serde_helpers::serde_struct!(RoleMiningIdentityDistributionDistributionItem {
    attribute_value: nullable("attributeValue"),
    count: optional("count"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningIdentityDistributionDistributionItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
