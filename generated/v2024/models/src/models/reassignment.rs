#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reassignment {
    pub from: Option<crate::CertificationReference>,
    /// The comment entered when the Certification was reassigned
    pub comment: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Reassignment {
    /// Builds a `Reassignment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Reassignment {
    from_: optional::<crate::CertificationReference>(from),
    comment: optional::<String>(comment),
});
crate::serde_helpers::serde_struct!(Reassignment {
    from: optional("from"),
    comment: optional("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Reassignment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.from, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
