#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableEntitlement {
    /// The id for the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// The name of the attribute on the source
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The value of the attribute on the source
    #[serde(rename = "attributeValue", default, skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The schema object type on the source used to represent the entitlement and its attributes
    #[serde(
        rename = "sourceSchemaObjectType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_schema_object_type: Option<String>,
    /// The name of the source for which this entitlement belongs
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The type of the source for which the entitlement belongs
    #[serde(rename = "sourceType", default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// The ID of the source for which the entitlement belongs
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Indicates if the entitlement has permissions
    #[serde(rename = "hasPermissions", default, skip_serializing_if = "Option::is_none")]
    pub has_permissions: Option<bool>,
    /// Indicates if the entitlement is a representation of an account permission
    #[serde(rename = "isPermission", default, skip_serializing_if = "Option::is_none")]
    pub is_permission: Option<bool>,
    /// Indicates whether the entitlement can be revoked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", default, skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// True if the entitlement has DAS data
    #[serde(
        rename = "containsDataAccess",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub contains_data_access: Option<bool>,
    #[serde(
        rename = "dataAccess",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub data_access: Option<Option<crate::DataAccess>>,
    /// Information about the status of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account: Option<Option<crate::ReviewableEntitlementAccount>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableEntitlement {
    /// Builds a `ReviewableEntitlement` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            description: None,
            privileged: None,
            owner: None,
            attribute_name: None,
            attribute_value: None,
            source_schema_object_type: None,
            source_name: None,
            source_type: None,
            source_id: None,
            has_permissions: None,
            is_permission: None,
            revocable: None,
            cloud_governed: None,
            contains_data_access: None,
            data_access: None,
            account: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ReviewableEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data_access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
