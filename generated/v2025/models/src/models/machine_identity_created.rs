#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityCreated {
    /// Type of the event.
    #[serde(rename = "eventType")]
    pub event_type: crate::MachineIdentityCreatedEventType,
    /// Details of the created machine identity.
    #[serde(rename = "machineIdentity")]
    pub machine_identity: crate::MachineIdentityCreatedMachineIdentity,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityCreated {
    /// Builds a `MachineIdentityCreated` from its required fields; the others are unset.
    pub fn new(
        event_type: crate::MachineIdentityCreatedEventType,
        machine_identity: crate::MachineIdentityCreatedMachineIdentity,
    ) -> Self {
        Self {
            event_type,
            machine_identity,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.machine_identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
