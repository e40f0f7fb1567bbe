#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MachineIdentityUpdated {
    /// Type of the event.
    #[serde(rename = "eventType")]
    pub event_type: crate::MachineIdentityUpdatedEventType,
    /// Details of the updated machine identity.
    #[serde(rename = "machineIdentity")]
    pub machine_identity: crate::MachineIdentityUpdatedMachineIdentity,
    /// Types of changes that occurred to the machine identity.
    #[serde(rename = "machineIdentityChangeTypes")]
    pub machine_identity_change_types: Vec<
        crate::MachineIdentityUpdatedMachineIdentityChangeTypesItem,
    >,
    /// Changes to user entitlements.
    #[serde(rename = "userEntitlementChanges")]
    pub user_entitlement_changes: crate::MachineIdentityUpdatedUserEntitlementChanges,
    /// Changes to owners.
    #[serde(rename = "ownerChanges")]
    pub owner_changes: crate::MachineIdentityUpdatedOwnerChanges,
    /// Details about the single-value attribute changes that occurred.
    #[serde(rename = "singleValueAttributeChanges")]
    pub single_value_attribute_changes: Option<
        Vec<crate::MachineIdentityUpdatedSingleValueAttributeChangesItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineIdentityUpdated {
    /// Builds a `MachineIdentityUpdated` from its required fields; the others are unset.
    pub fn new(
        event_type: crate::MachineIdentityUpdatedEventType,
        machine_identity: crate::MachineIdentityUpdatedMachineIdentity,
        machine_identity_change_types: Vec<
            crate::MachineIdentityUpdatedMachineIdentityChangeTypesItem,
        >,
        user_entitlement_changes: crate::MachineIdentityUpdatedUserEntitlementChanges,
        owner_changes: crate::MachineIdentityUpdatedOwnerChanges,
        single_value_attribute_changes: Option<
            Vec<crate::MachineIdentityUpdatedSingleValueAttributeChangesItem>,
        >,
    ) -> Self {
        Self {
            event_type,
            machine_identity,
            machine_identity_change_types,
            user_entitlement_changes,
            owner_changes,
            single_value_attribute_changes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MachineIdentityUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.machine_identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.machine_identity_change_types,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.user_entitlement_changes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_changes, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.single_value_attribute_changes,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
