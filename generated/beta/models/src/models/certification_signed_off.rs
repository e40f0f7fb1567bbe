#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationSignedOff {
    /// Certification campaign that was signed off on.
    pub certification: crate::CertificationSignedOffCertification,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CertificationSignedOff {
    /// Builds a `CertificationSignedOff` from its required fields; the others are unset.
    pub fn new(certification: crate::CertificationSignedOffCertification) -> Self {
        Self {
            certification,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CertificationSignedOff {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.certification, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
