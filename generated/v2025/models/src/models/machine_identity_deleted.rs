#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityDeleted {
    /// Type of the event.
    #[serde(rename = "eventType")]
    pub event_type: crate::MachineIdentityDeletedEventType,
    /// Details of the deleted machine identity.
    #[serde(rename = "machineIdentity")]
    pub machine_identity: crate::MachineIdentityDeletedMachineIdentity,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityDeleted {
    /// Builds a `MachineIdentityDeleted` from its required fields; the others are unset.
    pub fn new(
        event_type: crate::MachineIdentityDeletedEventType,
        machine_identity: crate::MachineIdentityDeletedMachineIdentity,
    ) -> Self {
        Self {
            event_type,
            machine_identity,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.machine_identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
