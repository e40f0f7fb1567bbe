#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCertified {
    /// the id of the certification item
    pub certification_id: String,
    /// the certification item name
    pub certification_name: String,
    /// the date ceritification was signed
    pub signed_date: Option<String>,
    /// this field is deprecated and may go away
    pub certifiers: Option<Vec<crate::CertifierResponse>>,
    /// The list of identities who review this certification
    pub reviewers: Option<Vec<crate::CertifierResponse>>,
    /// Identity who signed off on the certification
    pub signer: Option<crate::CertifierResponse>,
    /// the event type
    pub event_type: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityCertified {
    /// Builds a `IdentityCertified` from its required fields; the others are unset.
    pub fn new(
        certification_id: impl Into<String>,
        certification_name: impl Into<String>,
    ) -> Self {
        Self {
            certification_id: certification_id.into(),
            certification_name: certification_name.into(),
            signed_date: None,
            certifiers: None,
            reviewers: None,
            signer: None,
            event_type: None,
            date_time: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdentityCertified {
    signed_date: optional::<String>(signed_date),
    certifiers: optional::<Vec<crate::CertifierResponse>>(certifiers),
    reviewers: optional::<Vec<crate::CertifierResponse>>(reviewers),
    signer: optional::<crate::CertifierResponse>(signer),
    event_type: optional::<String>(event_type),
    date_time: optional::<String>(date_time),
});
crate::serde_helpers::serde_struct!(IdentityCertified {
    certification_id: required("certificationId"),
    certification_name: required("certificationName"),
    signed_date: optional("signedDate"),
    certifiers: optional("certifiers"),
    reviewers: optional("reviewers"),
    signer: optional("signer"),
    event_type: optional("eventType"),
    date_time: optional("dateTime"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityCertified {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.certifiers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.signer, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
