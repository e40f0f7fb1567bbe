#[derive(Debug, Clone, PartialEq, Default)]
pub struct Expression {
    /// Operator for the expression
    pub operator: Option<crate::ExpressionOperator>,
    /// Name for the attribute
    pub attribute: Option<Option<String>>,
    pub value: Option<Option<crate::ValueModel>>,
    /// List of expressions
    pub children: Option<Option<Vec<crate::ExpressionChildrenItem>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Expression {
    /// Builds a `Expression` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Expression {
    operator: optional::<crate::ExpressionOperator>(operator),
    attribute: nullable::<String>(attribute, attribute_null),
    value: nullable::<crate::ValueModel>(value, value_null),
    children: nullable::<Vec<crate::ExpressionChildrenItem>>(children, children_null),
});
crate::serde_helpers::serde_struct!(Expression {
    operator: optional("operator"),
    attribute: nullable("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Expression {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpressionChildrenItem {
    /// Operator for the expression
    pub operator: Option<crate::ExpressionChildrenItemOperator>,
    /// Name for the attribute
    pub attribute: Option<Option<String>>,
    pub value: Option<Option<crate::ValueModel>>,
    /// There cannot be anymore nested children. This will always be null.
    pub children: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExpressionChildrenItem {
    /// Builds a `ExpressionChildrenItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExpressionChildrenItem {
    operator: optional::<crate::ExpressionChildrenItemOperator>(operator),
    attribute: nullable::<String>(attribute, attribute_null),
    value: nullable::<crate::ValueModel>(value, value_null),
    children: nullable::<String>(children, children_null),
});
crate::serde_helpers::serde_struct!(ExpressionChildrenItem {
    operator: optional("operator"),
    attribute: nullable("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExpressionChildrenItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Operator for the expression
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExpressionChildrenItemOperator {
    /// `AND`
    And,
    /// `EQUALS`
    Equals,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ExpressionChildrenItemOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Equals => "EQUALS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExpressionChildrenItemOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "EQUALS" => Self::Equals,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ExpressionChildrenItemOperator);
/// Operator for the expression
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExpressionOperator {
    /// `AND`
    And,
    /// `EQUALS`
    Equals,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ExpressionOperator {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Equals => "EQUALS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExpressionOperator {
    fn from(value: &str) -> Self {
        match value {
            "AND" => Self::And,
            "EQUALS" => Self::Equals,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ExpressionOperator);
