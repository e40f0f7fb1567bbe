/// The bucket to group the results of the aggregation query by.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketAggregation {
    /// The name of the bucket aggregate to be included in the result.
    pub name: String,
    pub r#type: Option<crate::BucketType>,
    /// The field to bucket on.
    /// Prefix the field name with '@' to reference a nested object.
    pub field: String,
    /// Maximum number of buckets to include.
    pub size: Option<i32>,
    /// Minimum number of documents a bucket should have.
    pub min_doc_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BucketAggregation {
    /// Builds a `BucketAggregation` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>, field: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            field: field.into(),
            size: None,
            min_doc_count: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(BucketAggregation {
    r#type: optional::<crate::BucketType>(r#type),
    size: optional::<i32>(size),
    min_doc_count: optional::<i32>(min_doc_count),
});
crate::serde_helpers::serde_struct!(BucketAggregation {
    name: required("name"),
    r#type: optional("type"),
    field: required("field"),
    size: optional("size"),
    min_doc_count: optional("minDocCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BucketAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
