/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentity {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// The business application that the identity represents
    pub business_application: String,
    /// Description of machine identity
    pub description: Option<String>,
    /// Indicates if the machine identity has been manually edited
    pub manually_edited: Option<bool>,
    /// A map of custom machine identity attributes
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentity {
    /// Builds a `MachineIdentity` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<Option<String>>,
        business_application: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            business_application: business_application.into(),
            description: None,
            manually_edited: None,
            attributes: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MachineIdentity {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    manually_edited: optional::<bool>(manually_edited),
    attributes: optional::<::serde_json::Value>(attributes),
});
crate::serde_helpers::serde_struct!(MachineIdentity {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    business_application: required("businessApplication"),
    description: optional("description"),
    manually_edited: optional("manuallyEdited"),
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
