#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateDtoDefault {
    /// The key of the default template
    pub key: Option<String>,
    /// The name of the default template
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    pub medium: Option<crate::TemplateDtoDefaultMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: Option<String>,
    /// The subject of the default template
    pub subject: Option<Option<String>>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    pub header: Option<Option<String>>,
    /// The body of the default template
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    pub footer: Option<Option<String>>,
    /// The "From:" address of the default template
    pub from: Option<Option<String>>,
    /// The "Reply To" field of the default template
    pub reply_to: Option<Option<String>>,
    /// The description of the default template
    pub description: Option<Option<String>>,
    pub slack_template: Option<Option<crate::TemplateSlack>>,
    pub teams_template: Option<Option<crate::TemplateTeams>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateDtoDefault {
    /// Builds a `TemplateDtoDefault` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `medium`.
    pub fn medium(mut self, value: impl Into<crate::TemplateDtoDefaultMedium>) -> Self {
        self.medium = Some(value.into());
        self
    }
    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(Some(value.into()));
        self
    }
    /// Sets `subject` to an explicit `null`.
    pub fn subject_null(mut self) -> Self {
        self.subject = Some(None);
        self
    }
    /// Sets `header`.
    #[deprecated]
    pub fn header(mut self, value: impl Into<String>) -> Self {
        self.header = Some(Some(value.into()));
        self
    }
    /// Sets `header` to an explicit `null`.
    #[deprecated]
    pub fn header_null(mut self) -> Self {
        self.header = Some(None);
        self
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets `footer`.
    #[deprecated]
    pub fn footer(mut self, value: impl Into<String>) -> Self {
        self.footer = Some(Some(value.into()));
        self
    }
    /// Sets `footer` to an explicit `null`.
    #[deprecated]
    pub fn footer_null(mut self) -> Self {
        self.footer = Some(None);
        self
    }
    /// Sets `from`.
    pub fn from_(mut self, value: impl Into<String>) -> Self {
        self.from = Some(Some(value.into()));
        self
    }
    /// Sets `from` to an explicit `null`.
    pub fn from_null(mut self) -> Self {
        self.from = Some(None);
        self
    }
    /// Sets `reply_to`.
    pub fn reply_to(mut self, value: impl Into<String>) -> Self {
        self.reply_to = Some(Some(value.into()));
        self
    }
    /// Sets `reply_to` to an explicit `null`.
    pub fn reply_to_null(mut self) -> Self {
        self.reply_to = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `slack_template`.
    pub fn slack_template(mut self, value: impl Into<crate::TemplateSlack>) -> Self {
        self.slack_template = Some(Some(value.into()));
        self
    }
    /// Sets `slack_template` to an explicit `null`.
    pub fn slack_template_null(mut self) -> Self {
        self.slack_template = Some(None);
        self
    }
    /// Sets `teams_template`.
    pub fn teams_template(mut self, value: impl Into<crate::TemplateTeams>) -> Self {
        self.teams_template = Some(Some(value.into()));
        self
    }
    /// Sets `teams_template` to an explicit `null`.
    pub fn teams_template_null(mut self) -> Self {
        self.teams_template = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(TemplateDtoDefault {
    key: optional("key"),
    name: optional("name"),
    medium: optional("medium"),
    locale: optional("locale"),
    subject: nullable("subject"),
    header: nullable("header"),
    body: optional("body"),
    footer: nullable("footer"),
    from: nullable("from"),
    reply_to: nullable("replyTo"),
    description: nullable("description"),
    slack_template: nullable("slackTemplate"),
    teams_template: nullable("teamsTemplate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateDtoDefault {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.slack_template, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.teams_template, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TemplateDtoDefaultMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TemplateDtoDefaultMedium {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Slack => "SLACK",
            Self::Teams => "TEAMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TemplateDtoDefaultMedium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TemplateDtoDefaultMedium);
