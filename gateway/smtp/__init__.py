"""The receiving edge: turns SMTP sessions into InboundMessages and replies into SMTP lines."""
