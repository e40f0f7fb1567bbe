#[derive(Debug, Clone, PartialEq)]
pub struct AccessConstraint {
    /// Type of Access
    pub r#type: crate::AccessConstraintType,
    /// Must be set only if operator is SELECTED.
    pub ids: Option<Vec<String>>,
    /// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
    pub operator: crate::AccessConstraintOperator,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessConstraint {
    /// Builds a `AccessConstraint` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::AccessConstraintType>,
        operator: impl Into<crate::AccessConstraintOperator>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            ids: None,
            operator: operator.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessConstraint {
    ids: optional::<Vec<String>>(ids),
});
crate::serde_helpers::serde_struct!(AccessConstraint {
    r#type: required("type"),
    ids: optional("ids"),
    operator: required("operator"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessConstraint {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessConstraintOperator {
    /// `ALL`
    All,
    /// `SELECTED`
    Selected,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessConstraintOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Selected => "SELECTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessConstraintOperator {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "SELECTED" => Self::Selected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessConstraintOperator);
/// Type of Access
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessConstraintType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessConstraintType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessConstraintType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessConstraintType);
