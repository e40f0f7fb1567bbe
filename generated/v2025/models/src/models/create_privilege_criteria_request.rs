#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePrivilegeCriteriaRequest {
    /// The Id of the source that the criteria is applied to.
    pub source_id: Option<String>,
    /// The type of criteria being created. Expects "CUSTOM".
    pub r#type: Option<crate::CreatePrivilegeCriteriaRequestType>,
    /// The logical operator to apply between groups.
    pub operator: Option<crate::CreatePrivilegeCriteriaRequestOperator>,
    pub groups: Option<Vec<crate::CreatePrivilegeCriteriaRequestGroupsItem>>,
    /// The privilege level assigned by this criteria.
    pub privilege_level: Option<crate::CreatePrivilegeCriteriaRequestPrivilegeLevel>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreatePrivilegeCriteriaRequest {
    /// Builds a `CreatePrivilegeCriteriaRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CreatePrivilegeCriteriaRequest {
    source_id: optional::<String>(source_id),
    r#type: optional::<crate::CreatePrivilegeCriteriaRequestType>(r#type),
    operator: optional::<crate::CreatePrivilegeCriteriaRequestOperator>(operator),
    groups: optional::<Vec<crate::CreatePrivilegeCriteriaRequestGroupsItem>>(groups),
    privilege_level: optional::<crate::CreatePrivilegeCriteriaRequestPrivilegeLevel>(privilege_level),
});
crate::serde_helpers::serde_struct!(CreatePrivilegeCriteriaRequest {
    source_id: optional("sourceId"),
    r#type: optional("type"),
    operator: optional("operator"),
    groups: optional("groups"),
    privilege_level: optional("privilegeLevel"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreatePrivilegeCriteriaRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.groups, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.privilege_level, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePrivilegeCriteriaRequestGroupsItem {
    /// The logical operator to apply between criteria items in the group.
    pub operator: Option<crate::CreatePrivilegeCriteriaRequestGroupsItemOperator>,
    pub criteria_items: Option<
        Vec<crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreatePrivilegeCriteriaRequestGroupsItem {
    /// Builds a `CreatePrivilegeCriteriaRequestGroupsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CreatePrivilegeCriteriaRequestGroupsItem {
    operator: optional::<crate::CreatePrivilegeCriteriaRequestGroupsItemOperator>(operator),
    criteria_items: optional::<Vec<crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem>>(criteria_items),
});
crate::serde_helpers::serde_struct!(CreatePrivilegeCriteriaRequestGroupsItem {
    operator: optional("operator"),
    criteria_items: optional("criteriaItems"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreatePrivilegeCriteriaRequestGroupsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    /// The target type of the criteria item.
    pub target_type: Option<
        crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType,
    >,
    pub operator: Option<
        crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator,
    >,
    /// The values to evaluate the property against.
    pub values: Option<Vec<String>>,
    /// Whether to ignore case when evaluating the property against the values.
    pub ignore_case: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    /// Builds a `CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    target_type: optional::<crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType>(target_type),
    operator: optional::<crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator>(operator),
    values: optional::<Vec<String>>(values),
    ignore_case: optional::<bool>(ignore_case),
});
crate::serde_helpers::serde_struct!(CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    target_type: optional("targetType"),
    operator: optional("operator"),
    values: optional("values"),
    ignore_case: optional("ignoreCase"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator {
    /// `IN`
    In,
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `DOES_NOT_CONTAIN`
    DoesNotContain,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::In => "IN",
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::DoesNotContain => "DOES_NOT_CONTAIN",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator {
    fn from(value: &str) -> Self {
        match value {
            "IN" => Self::In,
            "EQUALS" => Self::Equals,
            "NOT_EQUALS" => Self::NotEquals,
            "CONTAINS" => Self::Contains,
            "DOES_NOT_CONTAIN" => Self::DoesNotContain,
            "STARTS_WITH" => Self::StartsWith,
            "ENDS_WITH" => Self::EndsWith,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator
);
/// The target type of the criteria item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType {
    /// `group`
    Group,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType
);
/// The logical operator to apply between criteria items in the group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePrivilegeCriteriaRequestGroupsItemOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreatePrivilegeCriteriaRequestGroupsItemOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreatePrivilegeCriteriaRequestGroupsItemOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CreatePrivilegeCriteriaRequestGroupsItemOperator);
/// The logical operator to apply between groups.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePrivilegeCriteriaRequestOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreatePrivilegeCriteriaRequestOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreatePrivilegeCriteriaRequestOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CreatePrivilegeCriteriaRequestOperator);
/// The privilege level assigned by this criteria.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePrivilegeCriteriaRequestPrivilegeLevel {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreatePrivilegeCriteriaRequestPrivilegeLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreatePrivilegeCriteriaRequestPrivilegeLevel {
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => Self::High,
            "MEDIUM" => Self::Medium,
            "LOW" => Self::Low,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CreatePrivilegeCriteriaRequestPrivilegeLevel);
/// The type of criteria being created. Expects "CUSTOM".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatePrivilegeCriteriaRequestType {
    /// `CUSTOM`
    Custom,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CreatePrivilegeCriteriaRequestType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreatePrivilegeCriteriaRequestType {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CreatePrivilegeCriteriaRequestType);
