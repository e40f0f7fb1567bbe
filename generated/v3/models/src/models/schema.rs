#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schema {
    /// The id of the Schema.
    pub id: Option<String>,
    /// The name of the Schema.
    pub name: Option<String>,
    /// The name of the object type on the native system that the schema represents.
    pub native_object_type: Option<String>,
    /// The name of the attribute used to calculate the unique identifier for an object in the schema.
    pub identity_attribute: Option<String>,
    /// The name of the attribute used to calculate the display value for an object in the schema.
    pub display_attribute: Option<String>,
    /// The name of the attribute whose values represent other objects in a hierarchy. Only relevant to group schemas.
    pub hierarchy_attribute: Option<String>,
    /// Flag indicating whether or not the include permissions with the object data when aggregating the schema.
    pub include_permissions: Option<bool>,
    /// Optional features that can be supported by a source. Modifying the features array may cause source configuration errors that are unsupportable. It is recommended to not modify this array for SailPoint supported connectors.
    /// * AUTHENTICATE: The source supports pass-through authentication.
    /// * COMPOSITE: The source supports composite source creation.
    /// * DIRECT_PERMISSIONS: The source supports returning DirectPermissions.
    /// * DISCOVER_SCHEMA: The source supports discovering schemas for users and groups.
    /// * ENABLE The source supports reading if an account is enabled or disabled.
    /// * MANAGER_LOOKUP: The source supports looking up managers as they are encountered in a feed. This is the opposite of NO_RANDOM_ACCESS.
    /// * NO_RANDOM_ACCESS: The source does not support random access and the getObject() methods should not be called and expected to perform.
    /// * PROXY: The source can serve as a proxy for another source. When an source has a proxy, all connector calls made with that source are redirected through the connector for the proxy source.
    /// * SEARCH
    /// * TEMPLATE
    /// * UNLOCK: The source supports reading if an account is locked or unlocked.
    /// * UNSTRUCTURED_TARGETS: The source supports returning unstructured Targets.
    /// * SHAREPOINT_TARGET: The source supports returning unstructured Target data for SharePoint. It will be typically used by AD, LDAP sources.
    /// * PROVISIONING: The source can both read and write accounts. Having this feature implies that the provision() method is implemented. It also means that direct and target permissions can also be provisioned if they can be returned by aggregation.
    /// * GROUP_PROVISIONING: The source can both read and write groups. Having this feature implies that the provision() method is implemented.
    /// * SYNC_PROVISIONING: The source can provision accounts synchronously.
    /// * PASSWORD: The source can provision password changes. Since sources can never read passwords, this is should only be used in conjunction with the PROVISIONING feature.
    /// * CURRENT_PASSWORD: Some source types support verification of the current password
    /// * ACCOUNT_ONLY_REQUEST: The source supports requesting accounts without entitlements.
    /// * ADDITIONAL_ACCOUNT_REQUEST: The source supports requesting additional accounts.
    /// * NO_AGGREGATION: A source that does not support aggregation.
    /// * GROUPS_HAVE_MEMBERS: The source models group memberships with a member attribute on the group object rather than a groups attribute on the account object. This effects the implementation of delta account aggregation.
    /// * NO_PERMISSIONS_PROVISIONING: Indicates that the connector cannot provision direct or target permissions for accounts. When DIRECT_PERMISSIONS and PROVISIONING features are present, it is assumed that the connector can also provision direct permissions. This feature disables that assumption and causes permission request to be converted to work items for accounts.
    /// * NO_GROUP_PERMISSIONS_PROVISIONING: Indicates that the connector cannot provision direct or target permissions for groups. When DIRECT_PERMISSIONS and PROVISIONING features are present, it is assumed that the connector can also provision direct permissions. This feature disables that assumption and causes permission request to be converted to work items for groups.
    /// * NO_UNSTRUCTURED_TARGETS_PROVISIONING: This string will be replaced by NO_GROUP_PERMISSIONS_PROVISIONING and NO_PERMISSIONS_PROVISIONING.
    /// * NO_DIRECT_PERMISSIONS_PROVISIONING: This string will be replaced by NO_GROUP_PERMISSIONS_PROVISIONING and NO_PERMISSIONS_PROVISIONING.
    /// * USES_UUID: Connectivity 2.0 flag used to indicate that the connector supports a compound naming structure.
    /// * PREFER_UUID: Used in ISC Provisioning AND Aggregation to decide if it should prefer account.uuid to account.nativeIdentity when data is read in through aggregation OR pushed out through provisioning.
    /// * ARM_SECURITY_EXTRACT: Indicates the application supports Security extracts for ARM
    /// * ARM_UTILIZATION_EXTRACT: Indicates the application supports Utilization extracts for ARM
    /// * ARM_CHANGELOG_EXTRACT: Indicates the application supports Change-log extracts for ARM
    pub features: Option<Vec<crate::SourceFeaturesItem>>,
    /// Holds any extra configuration data that the schema may require.
    pub configuration: Option<::serde_json::Value>,
    /// The attribute definitions which form the schema.
    pub attributes: Option<Vec<crate::AttributeDefinition>>,
    /// The date the Schema was created.
    pub created: Option<crate::primitives::DateTime>,
    /// The date the Schema was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Schema {
    /// Builds a `Schema` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Schema {
    id: optional::<String>(id),
    name: optional::<String>(name),
    native_object_type: optional::<String>(native_object_type),
    identity_attribute: optional::<String>(identity_attribute),
    display_attribute: optional::<String>(display_attribute),
    hierarchy_attribute: optional::<String>(hierarchy_attribute),
    include_permissions: optional::<bool>(include_permissions),
    features: optional::<Vec<crate::SourceFeaturesItem>>(features),
    configuration: optional::<::serde_json::Value>(configuration),
    attributes: optional::<Vec<crate::AttributeDefinition>>(attributes),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(Schema {
    id: optional("id"),
    name: optional("name"),
    native_object_type: optional("nativeObjectType"),
    identity_attribute: optional("identityAttribute"),
    display_attribute: optional("displayAttribute"),
    hierarchy_attribute: optional("hierarchyAttribute"),
    include_permissions: optional("includePermissions"),
    features: optional("features"),
    configuration: nullable("configuration"),
    attributes: optional("attributes"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Schema {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.features, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.configuration, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
