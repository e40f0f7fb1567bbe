/// Represents the search criteria for querying entitlements.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteria {
    /// A list of indices to search within. Must contain exactly one item, typically "entitlements".
    pub indices: Vec<String>,
    /// A map of filters applied to the search. Keys are filter names, and values are filter definitions.
    pub filters: Option<::indexmap::IndexMap<String, crate::SearchCriteriaFiltersValue>>,
    pub query: Option<crate::SearchCriteriaQuery>,
    /// Specifies the type of query. Must be "TEXT" if `textQuery` is used.
    pub query_type: Option<String>,
    pub text_query: Option<crate::SearchCriteriaTextQuery>,
    /// Whether to include nested objects in the search results.
    pub include_nested: Option<bool>,
    /// Specifies the sorting order for the results.
    pub sort: Option<Vec<String>>,
    /// Used for pagination to fetch results after a specific point.
    pub search_after: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteria {
    /// Builds a `SearchCriteria` from its required fields; the others are unset.
    pub fn new(indices: impl Into<Vec<String>>) -> Self {
        Self {
            indices: indices.into(),
            filters: None,
            query: None,
            query_type: None,
            text_query: None,
            include_nested: None,
            sort: None,
            search_after: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SearchCriteria {
    filters: optional::<::indexmap::IndexMap<String, crate::SearchCriteriaFiltersValue>>(filters),
    query: optional::<crate::SearchCriteriaQuery>(query),
    query_type: optional::<String>(query_type),
    text_query: optional::<crate::SearchCriteriaTextQuery>(text_query),
    include_nested: optional::<bool>(include_nested),
    sort: optional::<Vec<String>>(sort),
    search_after: optional::<Vec<String>>(search_after),
});
crate::serde_helpers::serde_struct!(SearchCriteria {
    indices: required("indices"),
    filters: optional("filters"),
    query: optional("query"),
    query_type: optional("queryType"),
    text_query: optional("textQuery"),
    include_nested: optional("includeNested"),
    sort: optional("sort"),
    search_after: optional("searchAfter"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.filters, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.text_query, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteriaFiltersValue {
    /// The type of filter, e.g., "TERMS" or "RANGE".
    pub r#type: Option<String>,
    /// Terms to filter by (for "TERMS" type).
    pub terms: Option<Vec<String>>,
    pub range: Option<crate::SearchCriteriaFiltersValueRange>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteriaFiltersValue {
    /// Builds a `SearchCriteriaFiltersValue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchCriteriaFiltersValue {
    r#type: optional::<String>(r#type),
    terms: optional::<Vec<String>>(terms),
    range: optional::<crate::SearchCriteriaFiltersValueRange>(range),
});
crate::serde_helpers::serde_struct!(SearchCriteriaFiltersValue {
    r#type: optional("type"),
    terms: optional("terms"),
    range: optional("range"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteriaFiltersValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.range, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteriaFiltersValueRange {
    pub lower: Option<crate::SearchCriteriaFiltersValueRangeLower>,
    pub upper: Option<crate::SearchCriteriaFiltersValueRangeUpper>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteriaFiltersValueRange {
    /// Builds a `SearchCriteriaFiltersValueRange` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchCriteriaFiltersValueRange {
    lower: optional::<crate::SearchCriteriaFiltersValueRangeLower>(lower),
    upper: optional::<crate::SearchCriteriaFiltersValueRangeUpper>(upper),
});
crate::serde_helpers::serde_struct!(SearchCriteriaFiltersValueRange {
    lower: optional("lower"),
    upper: optional("upper"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteriaFiltersValueRange {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.lower, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.upper, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteriaFiltersValueRangeLower {
    /// The lower bound value.
    pub value: Option<String>,
    /// Whether the lower bound is inclusive.
    pub inclusive: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteriaFiltersValueRangeLower {
    /// Builds a `SearchCriteriaFiltersValueRangeLower` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchCriteriaFiltersValueRangeLower {
    value: optional::<String>(value),
    inclusive: optional::<bool>(inclusive),
});
crate::serde_helpers::serde_struct!(SearchCriteriaFiltersValueRangeLower {
    value: optional("value"),
    inclusive: optional("inclusive"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteriaFiltersValueRangeLower {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteriaFiltersValueRangeUpper {
    /// The upper bound value.
    pub value: Option<String>,
    /// Whether the upper bound is inclusive.
    pub inclusive: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteriaFiltersValueRangeUpper {
    /// Builds a `SearchCriteriaFiltersValueRangeUpper` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchCriteriaFiltersValueRangeUpper {
    value: optional::<String>(value),
    inclusive: optional::<bool>(inclusive),
});
crate::serde_helpers::serde_struct!(SearchCriteriaFiltersValueRangeUpper {
    value: optional("value"),
    inclusive: optional("inclusive"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteriaFiltersValueRangeUpper {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteriaQuery {
    /// A structured query for advanced search.
    pub query: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteriaQuery {
    /// Builds a `SearchCriteriaQuery` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchCriteriaQuery {
    query: optional::<String>(query),
});
crate::serde_helpers::serde_struct!(SearchCriteriaQuery {
    query: optional("query"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteriaQuery {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchCriteriaTextQuery {
    /// Terms to search for.
    pub terms: Option<Vec<String>>,
    /// Fields to search within.
    pub fields: Option<Vec<String>>,
    /// Whether to match any of the terms.
    pub match_any: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchCriteriaTextQuery {
    /// Builds a `SearchCriteriaTextQuery` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchCriteriaTextQuery {
    terms: optional::<Vec<String>>(terms),
    fields: optional::<Vec<String>>(fields),
    match_any: optional::<bool>(match_any),
});
crate::serde_helpers::serde_struct!(SearchCriteriaTextQuery {
    terms: optional("terms"),
    fields: optional("fields"),
    match_any: optional("matchAny"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchCriteriaTextQuery {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
