#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminReviewReassign {
    /// List of certification IDs to reassign
    pub certification_ids: Option<Vec<String>>,
    pub reassign_to: Option<crate::AdminReviewReassignReassignTo>,
    /// Comment to explain why the certification was reassigned
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AdminReviewReassign {
    /// Builds a `AdminReviewReassign` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AdminReviewReassign {
    certification_ids: optional::<Vec<String>>(certification_ids),
    reassign_to: optional::<crate::AdminReviewReassignReassignTo>(reassign_to),
    reason: optional::<String>(reason),
});
crate::serde_helpers::serde_struct!(AdminReviewReassign {
    certification_ids: optional("certificationIds"),
    reassign_to: optional("reassignTo"),
    reason: optional("reason"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AdminReviewReassign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reassign_to, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminReviewReassignReassignTo {
    /// The identity ID to which the review is being assigned.
    pub id: Option<String>,
    /// The type of the ID provided.
    pub r#type: Option<crate::AdminReviewReassignReassignToType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AdminReviewReassignReassignTo {
    /// Builds a `AdminReviewReassignReassignTo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AdminReviewReassignReassignTo {
    id: optional::<String>(id),
    r#type: optional::<crate::AdminReviewReassignReassignToType>(r#type),
});
crate::serde_helpers::serde_struct!(AdminReviewReassignReassignTo {
    id: optional("id"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AdminReviewReassignReassignTo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the ID provided.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AdminReviewReassignReassignToType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AdminReviewReassignReassignToType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AdminReviewReassignReassignToType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AdminReviewReassignReassignToType);
