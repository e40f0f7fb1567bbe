/// Representation of the object which is returned from source connectors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceObject {
    /// Identifier of the specific instance where this object resides.
    ///
    /// Read-only: set by the server.
    pub instance: Option<String>,
    /// Native identity of the object in the Source.
    ///
    /// Read-only: set by the server.
    pub identity: Option<String>,
    /// Universal unique identifier of the object in the Source.
    ///
    /// Read-only: set by the server.
    pub uuid: Option<String>,
    /// Native identity that the object has previously.
    ///
    /// Read-only: set by the server.
    pub previous_identity: Option<String>,
    /// Display name for this object.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
    /// Type of object.
    ///
    /// Read-only: set by the server.
    pub object_type: Option<String>,
    /// A flag indicating that this is an incomplete object. Used in special cases where the connector has to return account information in several phases and the objects might not have a complete set of all account attributes. The attributes in this object will replace the corresponding attributes in the Link, but no other Link attributes will be changed.
    ///
    /// Read-only: set by the server.
    pub incomplete: Option<bool>,
    /// A flag indicating that this is an incremental change object. This is similar to incomplete but it also means that the values of any multi-valued attributes in this object should be merged with the existing values in the Link rather than replacing the existing Link value.
    ///
    /// Read-only: set by the server.
    pub incremental: Option<bool>,
    /// A flag indicating that this object has been deleted. This is set only when doing delta aggregation and the connector supports detection of native deletes.
    ///
    /// Read-only: set by the server.
    pub delete: Option<bool>,
    /// A flag set indicating that the values in the attributes represent things to remove rather than things to add. Setting this implies incremental. The values which are always for multi-valued attributes are removed from the current values.
    ///
    /// Read-only: set by the server.
    pub remove: Option<bool>,
    /// A list of attribute names that are not included in this object. This is only used with SMConnector and will only contain "groups".
    ///
    /// Read-only: set by the server.
    pub missing: Option<Vec<String>>,
    /// Attributes of this ResourceObject.
    ///
    /// Read-only: set by the server.
    pub attributes: Option<::serde_json::Value>,
    /// In Aggregation, for sparse object the count for total accounts scanned identities updated is not incremented.
    ///
    /// Read-only: set by the server.
    pub final_update: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ResourceObject {
    /// Builds a `ResourceObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ResourceObject {
    instance: optional::<String>(instance),
    identity: optional::<String>(identity),
    uuid: optional::<String>(uuid),
    previous_identity: optional::<String>(previous_identity),
    name: optional::<String>(name),
    object_type: optional::<String>(object_type),
    incomplete: optional::<bool>(incomplete),
    incremental: optional::<bool>(incremental),
    delete: optional::<bool>(delete),
    remove: optional::<bool>(remove),
    missing: optional::<Vec<String>>(missing),
    attributes: optional::<::serde_json::Value>(attributes),
    final_update: optional::<bool>(final_update),
});
crate::serde_helpers::serde_struct!(ResourceObject {
    instance: optional("instance"),
    identity: optional("identity"),
    uuid: optional("uuid"),
    previous_identity: optional("previousIdentity"),
    name: optional("name"),
    object_type: optional("objectType"),
    incomplete: optional("incomplete"),
    incremental: optional("incremental"),
    delete: optional("delete"),
    remove: optional("remove"),
    missing: optional("missing"),
    attributes: nullable("attributes"),
    final_update: optional("finalUpdate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResourceObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
