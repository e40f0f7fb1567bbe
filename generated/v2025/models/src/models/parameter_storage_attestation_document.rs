/// The attestation document. This is Base64Url encoded binary data containing the attestation document. This has a cert with a public key that needs to be used to encrypt the private fields of the parameter on creation or update.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParameterStorageAttestationDocument {
    /// The Base64Url encoded attestation document.
    pub attestation_document: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ParameterStorageAttestationDocument {
    /// Builds a `ParameterStorageAttestationDocument` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ParameterStorageAttestationDocument {
    attestation_document: optional::<String>(attestation_document),
});
crate::serde_helpers::serde_struct!(ParameterStorageAttestationDocument {
    attestation_document: optional("attestationDocument"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ParameterStorageAttestationDocument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
