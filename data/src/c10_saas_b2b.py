# Compliant: software/SaaS, B2B services, logistics, industrial, marketing.
DATA = r"""
@ vertical=software_saas lang=en
Project Management for Agencies | Plan projects, track time and invoice clients in one tool. Free for 14 days.
~One Tool for Agency Projects | Tasks, timesheets and invoices together. Try free for 14 days.
CRM Built for Small Teams | Pipeline, email tracking and reminders. $12 per user per month.
Help Desk Software | Shared inbox, live chat and knowledge base. Setup in an afternoon.
E-Signature | Send contracts for signature in minutes. Legally binding in 180 countries.
Website Builder | Drag-and-drop templates, free domain for a year, online store ready.
Cloud Backup for Business | Automatic backups of laptops and servers. Restore in minutes.
HR Software | Onboarding, time off and performance reviews for teams of 10-500.
Video Conferencing | HD meetings for up to 300 people, recording and transcripts.
Email Marketing | Beautiful newsletters with automation and A/B testing. Free up to 1,000 contacts.
Scheduling Software | Let clients book appointments 24/7. Syncs with Google and Outlook calendars.
Password Policy for Teams | Enterprise password manager with SSO and admin controls.
API Monitoring | Get alerted before your customers notice downtime. 50 checks free.
Low-Code App Builder | Build internal tools on top of your databases in hours, not months.
Accounting Software | Bank feeds, invoices and tax reports for small businesses. 50% off for 3 months.
Point of Sale for Cafés | Tablet POS with inventory, tips and online ordering. No long contracts.
Inventory Management | Track stock across warehouses and sales channels in real time.
Data Warehouse, Serverless | Query terabytes in seconds. Pay only for what you scan.
Cybersecurity for SMBs | Managed endpoint protection and 24/7 SOC monitoring.
Survey Tool | Create surveys that people actually finish. Templates for NPS and research.
Contract Management | Store, search and track renewals for every contract.
Field Service Software | Dispatch technicians, capture signatures, invoice on site.
Learning Management System | Train employees with courses, quizzes and certificates.
Social Media Scheduler | Plan a month of posts in an hour. Analytics included.
Code Review Tool | AI-assisted code reviews that catch bugs before merge. Free for open source.
Observability Platform | Logs, metrics and traces in one place. OpenTelemetry native.
Form Builder | Conditional logic, payments and file uploads. HIPAA-compliant plan available.
Document Scanning | Turn paper into searchable PDFs. OCR in 40 languages.
Restaurant Reservation System | Table management, waitlist and no-show protection.
Applicant Tracking System | Post jobs to 20 boards and manage candidates in one pipeline.
Team Chat | Channels, threads and huddles. Free plan for small teams.
VPN for Business | Secure remote access with zero-trust policies.
Kubernetes Management | Deploy, scale and monitor clusters across clouds.
Dental Practice Software | Charting, scheduling and billing in one cloud platform.
Church Management Software | Giving, check-in and volunteer scheduling.
Screen Recorder | Record your screen and camera, share a link instantly.
Translation Management | Localize your app into 30 languages with human and machine translation.
@ vertical=b2b lang=en
Commercial Cleaning | Nightly office cleaning with vetted crews. Free walk-through quote.
Freight Shipping Quotes | LTL and full truckload rates from 50 carriers in one search.
Industrial Pumps | Centrifugal and diaphragm pumps in stock. Same-day shipping.
Custom Packaging | Branded mailer boxes from 100 units. Free samples.
Managed IT Services | Helpdesk, security and cloud for offices of 10-200 people. Fixed monthly fee.
Trade Show Booths | Modular exhibits designed, shipped and installed.
Office Coffee Service | Bean-to-cup machines with free installation and maintenance.
Uniform Rental | Workwear laundered and delivered weekly for your crew.
Business Phone System | VoIP lines, auto attendant and call recording. Port your numbers free.
Wholesale Produce | Fresh fruit and vegetables delivered daily to restaurants.
Warehouse Racking | Pallet racking design and installation. OSHA-compliant.
Print Shop | Business cards, banners and brochures printed in 24 hours.
B2B Lead Generation | Qualified meetings with decision-makers, pay per meeting.
Cold Storage Logistics | Temperature-controlled warehousing and last-mile delivery.
3D Printing Services | Rapid prototypes in nylon, resin and metal. Quotes in 1 hour.
Corporate Gifts | Branded gifts for clients and employees, shipped to 100 addresses.
Translation Services | Certified legal and medical translation in 120 languages.
Conference Venue | Meeting rooms for 10-800 guests with full AV and catering.
Safety Training | OSHA 10 and 30 courses online and onsite.
Commercial Roofing | Flat roof repair and replacement with minimal downtime.
Industrial Cleaning Chemicals | Degreasers and floor cleaners in bulk drums.
Electrical Contractors | Commercial fit-outs and lighting upgrades. Licensed and insured.
Payroll Outsourcing | We run payroll for companies in 40 countries.
Legal Services for Startups | Incorporation, SAFE notes and contracts for flat fees.
Shredding Services | Secure document shredding, certificate of destruction provided.
Pallets Bought and Sold | New and recycled pallets, pickup and delivery.
Office Furniture Liquidation | Quality used desks and chairs at 70% off retail.
Forklift Rental | Daily, weekly and monthly rentals. Delivery included.
Market Research | Consumer panels in 25 countries. Results in 72 hours.
Fleet Tracking | GPS tracking and driver safety scores for fleets of any size.
Co-Packing for Food Brands | FDA-registered facility for sauces and beverages.
Staffing Agency | Temporary and permanent staffing for manufacturing and logistics.
Machine Shop | CNC milling and turning, tolerances to 0.0005".
Solar for Businesses | Cut energy costs with commercial solar and battery storage.
Event Staffing | Brand ambassadors and promo staff in 50 cities.
@ vertical=marketing lang=en
SEO Audit | Find out why your site isn't ranking. Free 20-point audit.
Logo Design | Custom logos from $299 by professional designers.
Video Production | Product videos and brand films for startups. Packages from $3,000.
PR for Tech Companies | Get featured in the press that matters to your customers.
Influencer Marketing Platform | Find creators, manage campaigns and track ROI.
Google Ads Management | Certified specialists, no long-term contracts.
Copywriting Services | Website copy, emails and product descriptions that convert.
Brand Photography | Product and lifestyle photography for e-commerce.
"""
