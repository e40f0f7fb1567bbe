#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExceptionCriteria {
    /// List of exception criteria. There is a min of 1 and max of 50 items in the list.
    pub criteria_list: Option<Vec<crate::ExceptionCriteriaCriteriaListItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExceptionCriteria {
    /// Builds a `ExceptionCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExceptionCriteria {
    criteria_list: optional::<Vec<crate::ExceptionCriteriaCriteriaListItem>>(criteria_list),
});
crate::serde_helpers::serde_struct!(ExceptionCriteria {
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExceptionCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The types of objects supported for SOD violations
///
/// Includes the fields of [`ExceptionCriteriaAccess`](crate::ExceptionCriteriaAccess).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExceptionCriteriaCriteriaListItem {
    /// The type of object that is referenced
    pub r#type: Option<crate::ExceptionCriteriaCriteriaListItemType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Whether the subject identity already had that access or not
    pub existing: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExceptionCriteriaCriteriaListItem {
    /// Builds a `ExceptionCriteriaCriteriaListItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExceptionCriteriaCriteriaListItem {
    r#type: optional::<crate::ExceptionCriteriaCriteriaListItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    existing: optional::<bool>(existing),
});
crate::serde_helpers::serde_struct!(ExceptionCriteriaCriteriaListItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    existing: optional("existing"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExceptionCriteriaCriteriaListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExceptionCriteriaCriteriaListItemType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ExceptionCriteriaCriteriaListItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExceptionCriteriaCriteriaListItemType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ExceptionCriteriaCriteriaListItemType);
