#[derive(Debug, Clone, PartialEq)]
pub struct Substring {
    /// The index of the first character to include in the returned substring.
    ///
    /// If `begin` is set to -1, the transform will begin at character 0 of the input data
    pub begin: i32,
    /// This integer value is the number of characters to add to the begin attribute when returning a substring.
    ///
    /// This attribute is only used if begin is not -1.
    pub begin_offset: Option<i32>,
    /// The index of the first character to exclude from the returned substring.
    ///
    /// If end is -1 or not provided at all, the substring transform will return everything up to the end of the input string.
    pub end: Option<i32>,
    /// This integer value is the number of characters to add to the end attribute when returning a substring.
    ///
    /// This attribute is only used if end is provided and is not -1.
    pub end_offset: Option<i32>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Substring {
    /// Builds a `Substring` from its required fields; the others are unset.
    pub fn new(begin: impl Into<i32>) -> Self {
        Self {
            begin: begin.into(),
            begin_offset: None,
            end: None,
            end_offset: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Substring {
    begin_offset: optional::<i32>(begin_offset),
    end: optional::<i32>(end),
    end_offset: optional::<i32>(end_offset),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(Substring {
    begin: required("begin"),
    begin_offset: optional("beginOffset"),
    end: optional("end"),
    end_offset: optional("endOffset"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Substring {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
